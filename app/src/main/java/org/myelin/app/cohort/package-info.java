/** The cohort commands: run, print and check OHDSI ATLAS/Circe cohort definitions. */
@NullMarked
package org.myelin.app.cohort;

import org.jspecify.annotations.NullMarked;
