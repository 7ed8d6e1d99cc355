/** The vocab commands: load an Athena bundle or the MS starter vocabulary, synthesise bundles, report mapping coverage. */
@NullMarked
package org.myelin.app.vocab;

import org.jspecify.annotations.NullMarked;
