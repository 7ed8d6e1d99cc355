/** The dq command: OHDSI Data Quality Dashboard checks on the published CDM or on cdm_next. */
@NullMarked
package org.myelin.app.quality;

import org.jspecify.annotations.NullMarked;
