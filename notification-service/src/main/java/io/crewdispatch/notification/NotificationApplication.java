package io.crewdispatch.notification;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Email delivery through Gmail or SMTP, exactly once per event. With the argument {@code authorize}
 * it instead runs Google's OAuth consent once and writes the Gmail token file.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotificationApplication {

  /** The command's configuration is package-private with the Gmail adapter, so named here. */
  static final String AUTHORIZE_COMMAND =
      "io.crewdispatch.notification.delivery.gmail.AuthorizeCommand";

  public static void main(String[] args) {
    if (args.length > 0 && "authorize".equals(args[0])) {
      SpringApplication command = new SpringApplication();
      command.setSources(Set.of(AUTHORIZE_COMMAND));
      command.setWebApplicationType(WebApplicationType.NONE);
      String[] withGmail = new String[args.length + 1];
      System.arraycopy(args, 0, withGmail, 0, args.length);
      withGmail[args.length] = "--crewdispatch.notification.transport=gmail";
      System.exit(SpringApplication.exit(command.run(withGmail)));
    }
    SpringApplication.run(NotificationApplication.class, args);
  }
}
