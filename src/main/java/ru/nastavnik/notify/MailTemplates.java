package ru.nastavnik.notify;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders templates/mail/NAME.html and templates/mail/NAME.txt with Spring's expression language; inserted text is escaped in HTML. */
@Component
class MailTemplates {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    String html(String template, Map<String, Object> model) {
        return html.process(template, new Context(RUSSIAN, model));
    }

    String text(String template, Map<String, Object> model) {
        return text.process(template, new Context(RUSSIAN, model));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
