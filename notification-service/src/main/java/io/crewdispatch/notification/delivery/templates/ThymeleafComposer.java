package io.crewdispatch.notification.delivery.templates;

import io.crewdispatch.notification.config.NotificationProperties;
import io.crewdispatch.notification.delivery.application.MessageComposer;
import io.crewdispatch.notification.delivery.domain.Email;
import io.crewdispatch.notification.delivery.domain.Notice;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders every message from the templates in {@code templates/mail/}: {@code <name>.html} and
 * {@code <name>.txt} per kind, so HTML and plain text always say the same thing.
 */
@Component
class ThymeleafComposer implements MessageComposer {

  private final TemplateEngine engine = engine();
  private final LetterFactory letters;
  private final Email.Address from;
  private final String messageIdDomain;

  ThymeleafComposer(NotificationProperties properties, Clock clock) {
    this.letters = new LetterFactory(properties, clock);
    this.from = new Email.Address(properties.senderEmail(), properties.senderName());
    String sender = properties.senderEmail();
    this.messageIdDomain = sender.substring(sender.indexOf('@') + 1);
  }

  @Override
  public Email compose(Notice notice) {
    Letter letter = letters.letter(notice);
    Context context = new Context(Locale.US, letter.variables());
    String html = engine.process("mail/" + letter.template() + ".html", context);
    String text = engine.process("mail/" + letter.template() + ".txt", context);
    return new Email(
        from,
        letter.to(),
        letter.cc(),
        letter.subject(),
        html,
        text,
        letter.attachments(),
        messageId(notice),
        letter.calendar());
  }

  /** The same for every attempt at one notice, so a resend is recognisably the same message. */
  private String messageId(Notice notice) {
    String kind = notice.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return "<" + kind + "." + notice.eventId() + "@" + messageIdDomain + ">";
  }

  private static TemplateEngine engine() {
    TemplateEngine engine = new TemplateEngine();
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    return engine;
  }

  private static ClassLoaderTemplateResolver resolver(
      TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }
}
