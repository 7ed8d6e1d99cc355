/** The {@code myelin study} commands: network studies into a shareable results package. */
@NullMarked
package org.myelin.app.study;

import org.jspecify.annotations.NullMarked;
