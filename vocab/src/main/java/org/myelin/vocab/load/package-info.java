/** Loads an Athena vocabulary bundle with COPY beside the live vocabulary schema, validates it and swaps it in. */
@NullMarked
package org.myelin.vocab.load;

import org.jspecify.annotations.NullMarked;
