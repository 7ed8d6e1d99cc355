/** Database selection (embedded or external) and the db commands. */
@NullMarked
package org.myelin.app.db;

import org.jspecify.annotations.NullMarked;
