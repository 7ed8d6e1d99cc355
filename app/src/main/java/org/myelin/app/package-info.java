/** The myelin command: a Spring Boot application whose commands are picocli commands. */
@NullMarked
package org.myelin.app;

import org.jspecify.annotations.NullMarked;
