/** Tests of the bundled MS starter vocabulary (the files under {@code src/main/resources/starter}). */
@NullMarked
package org.myelin.vocab.starter;

import org.jspecify.annotations.NullMarked;
