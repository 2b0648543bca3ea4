package ru.nastavnik.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (an address of 10,000 characters, a null byte in it) got
 * Tomcat's English page «HTTP Status 400 – Bad Request»: Tomcat's error report is replaced by a short Russian one.
 */
@Component
class TomcatRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof RussianErrorReport)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(RussianErrorReport.class.getName());
        });
    }

    /** Tomcat's error report in Russian: the status and one sentence, no server details, no stack trace. */
    public static class RussianErrorReport extends ErrorReportValve {

        public RussianErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String text = status == 400
                    ? "Запрос не распознан: адрес слишком длинный или содержит недопустимые символы. Проверьте ссылку "
                            + "(скопируйте её из письма целиком) и попробуйте ещё раз."
                    : "Запрос не выполнен (код " + status + "). Попробуйте ещё раз чуть позже.";
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"><title>Запрос не выполнен — Наставник</title>"
                            + "</head><body><p>" + text + "</p></body></html>");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone; nothing more to say
            }
        }
    }
}
