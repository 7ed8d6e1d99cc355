/** The MS registry export format (../shared/formats/ms-registry-export.md): its files and how rows break it. */
@NullMarked
package org.myelin.etl.registry;

import org.jspecify.annotations.NullMarked;
