package org.myelin.app;

import java.io.PrintWriter;
import org.myelin.app.cli.MyelinCli;
import org.myelin.app.db.DatabaseConnector;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** The {@code myelin} command: starts a Spring context, then runs the picocli command the arguments name. */
@SpringBootApplication
public class MyelinApplication {

    public static void main(String[] args) {
        int exitCode = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(exitCode);
    }

    /** Runs one command line and returns its exit code: 0 done, 2 the user's mistake, 1 an internal error. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        SpringApplication application = new SpringApplication(MyelinApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        // the arguments go to picocli only, so that Spring never reads --db and friends as properties
        try (ConfigurableApplicationContext context = application.run()) {
            return context.getBean(MyelinCli.class).execute(out, err, args);
        }
    }

    @Bean
    DatabaseConnector databaseConnector() {
        return new DatabaseConnector();
    }

    @Bean
    MyelinCli myelinCli(ConfigurableApplicationContext context) {
        return new MyelinCli(context.getAutowireCapableBeanFactory());
    }
}
