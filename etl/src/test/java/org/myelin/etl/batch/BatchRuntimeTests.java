package org.myelin.etl.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.LOCATION;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.etl.load.CopyWriter;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;

@ExtendWith(TestDatabaseExtension.class)
class BatchRuntimeTests {

    @Test
    void chunkJobRunsOnTheRepositoryInTheMyelinSchemaAndWritesThroughCopy(TestDatabase database) throws Exception {
        // given the schemas and a job that copies city names into cdm.location, two per chunk
        database.migrate();
        BatchRuntime batch = BatchRuntime.on(database.dataSource(), Schemas.DEFAULT);
        Job job = new JobBuilder("cityLoadJob", batch.repository())
                .start(new StepBuilder("cityLoad", batch.repository())
                        .<String, String>chunk(2).transactionManager(batch.transactions())
                        .reader(new ListItemReader<>(List.of("Aarhus", "Brno", "Lyon", "Uppsala", "Pavia")))
                        .writer(chunk -> {
                            try (CopyWriter writer = new CopyWriter(database.dataSource(), Schemas.DEFAULT, LOCATION,
                                    List.of(LOCATION.LOCATION_ID, LOCATION.CITY))) {
                                for (String city : chunk) {
                                    writer.write(city.hashCode(), city);
                                }
                            }
                        })
                        .build())
                .build();

        // when it runs
        JobExecution execution = batch.operator().start(job, new JobParametersBuilder().addString("run", "1").toJobParameters());

        // then it completed, the repository recorded it, and the rows are there
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).singleElement()
                .satisfies(step -> assertThat(step.getWriteCount()).isEqualTo(5));
        assertThat(database.sql().fetchValue("select count(*) from myelin.batch_job_execution where status = 'COMPLETED'"))
                .isEqualTo(1L);
        assertThat(database.sql().fetchCount(LOCATION)).isEqualTo(5);
    }
}
