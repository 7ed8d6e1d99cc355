/** Reading a registry export: its files as streams of rows, checked against the format. */
@NullMarked
package org.myelin.etl.registry.read;

import org.jspecify.annotations.NullMarked;
