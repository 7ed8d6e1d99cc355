/** Command-line plumbing: the top-level command, exit codes, picocli on Spring. */
@NullMarked
package org.myelin.app.cli;

import org.jspecify.annotations.NullMarked;
