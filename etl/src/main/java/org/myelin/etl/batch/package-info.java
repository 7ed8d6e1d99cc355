/** Spring Batch's runtime on Myelin's database: the job repository lives in the myelin schema. */
@NullMarked
package org.myelin.etl.batch;

import org.jspecify.annotations.NullMarked;
