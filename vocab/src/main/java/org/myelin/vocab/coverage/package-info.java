/** Reports which source values of a CDM reached a standard concept and which did not. */
@NullMarked
package org.myelin.vocab.coverage;

import org.jspecify.annotations.NullMarked;
