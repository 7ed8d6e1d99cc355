/** The database schema of Myelin: schema names, the generated jOOQ model's mapping onto them, migrations. */
@NullMarked
package org.myelin.sql;

import org.jspecify.annotations.NullMarked;
