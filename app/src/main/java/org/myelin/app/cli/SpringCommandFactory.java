package org.myelin.app.cli;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import picocli.CommandLine;

/** Lets Spring create Myelin's command classes, so that they get their collaborators through constructors. */
final class SpringCommandFactory implements CommandLine.IFactory {

    private static final String MYELIN_PACKAGE = "org.myelin.";

    private final AutowireCapableBeanFactory beans;

    SpringCommandFactory(AutowireCapableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.getName().startsWith(MYELIN_PACKAGE)) {
            return beans.createBean(type);
        }
        return CommandLine.defaultFactory().create(type);
    }
}
