/** Test support shared by every module: a fresh real PostgreSQL database per test class. */
@NullMarked
package org.myelin.sql.testing;

import org.jspecify.annotations.NullMarked;
