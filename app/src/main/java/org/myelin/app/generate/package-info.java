/** The generate commands: synthetic data for demos, tests and benchmarks. */
@NullMarked
package org.myelin.app.generate;

import org.jspecify.annotations.NullMarked;
