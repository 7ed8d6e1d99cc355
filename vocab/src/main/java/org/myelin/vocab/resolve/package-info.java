/** Resolves source codes and source concepts to standard concepts from an in-memory slice of the vocabulary. */
@NullMarked
package org.myelin.vocab.resolve;

import org.jspecify.annotations.NullMarked;
