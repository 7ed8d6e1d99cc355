/** Creates and upgrades Myelin's schemas with Liquibase. */
@NullMarked
package org.myelin.sql.migrate;

import org.jspecify.annotations.NullMarked;
