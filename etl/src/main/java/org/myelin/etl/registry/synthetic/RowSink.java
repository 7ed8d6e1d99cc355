package org.myelin.etl.registry.synthetic;

import org.myelin.etl.registry.RegistryFile;

/** Takes rendered rows, values in the file's column order (null for an empty cell). */
interface RowSink {

    void row(RegistryFile file, String[] values);
}
