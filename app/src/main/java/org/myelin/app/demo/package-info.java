/** The demo: the whole chain on generated data, on the embedded database. */
@NullMarked
package org.myelin.app.demo;

import org.jspecify.annotations.NullMarked;
