/** The etl commands: the nightly registry job and the run history. */
@NullMarked
package org.myelin.app.etl;

import org.jspecify.annotations.NullMarked;
