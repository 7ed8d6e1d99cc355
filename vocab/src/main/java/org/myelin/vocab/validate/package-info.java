/** Checks a loaded vocabulary: rows per table, dangling concept ids, missing self-ancestors, the version. */
@NullMarked
package org.myelin.vocab.validate;

import org.jspecify.annotations.NullMarked;
