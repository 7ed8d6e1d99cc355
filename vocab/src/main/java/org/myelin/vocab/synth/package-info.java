/** Writes synthetic Athena bundles of realistic shape for tests and benchmarks. */
@NullMarked
package org.myelin.vocab.synth;

import org.jspecify.annotations.NullMarked;
