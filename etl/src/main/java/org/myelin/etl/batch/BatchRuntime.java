package org.myelin.etl.batch;

import javax.sql.DataSource;
import org.myelin.sql.Schemas;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobOperatorFactoryBean;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What Myelin's jobs run on: a JDBC job repository in the {@code myelin} schema (its tables come from
 * Myelin's own changelog), the transaction manager of the same database, and a synchronous job operator.
 */
public record BatchRuntime(JobRepository repository, JobOperator operator, PlatformTransactionManager transactions) {

    public static BatchRuntime on(DataSource dataSource, Schemas schemas) {
        try {
            JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
            JdbcJobRepositoryFactoryBean repositoryFactory = new JdbcJobRepositoryFactoryBean();
            repositoryFactory.setDataSource(dataSource);
            repositoryFactory.setTransactionManager(transactions);
            repositoryFactory.setDatabaseType("POSTGRES");
            repositoryFactory.setTablePrefix(schemas.myelin() + ".batch_");
            repositoryFactory.afterPropertiesSet();
            JobRepository repository = repositoryFactory.getObject();

            JobOperatorFactoryBean operatorFactory = new JobOperatorFactoryBean();
            operatorFactory.setJobRepository(repository);
            operatorFactory.setTransactionManager(transactions);
            // jobs are started as objects, never looked up by name, so the registry stays empty
            operatorFactory.setJobRegistry(new MapJobRegistry());
            operatorFactory.afterPropertiesSet();
            return new BatchRuntime(repository, operatorFactory.getObject(), transactions);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Spring Batch job repository: " + e.getMessage(), e);
        }
    }
}
