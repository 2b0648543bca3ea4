package ru.nastavnik.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server inside the application, on a free loopback port, so that a newcomer sees every letter
 * the system sends at /demo/mail without installing a mail server.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoMailServer {

    @Bean(destroyMethod = "stop")
    GreenMail demoSmtpServer() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return server;
    }

    @Bean
    JavaMailSender demoMailSender(GreenMail demoSmtpServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(demoSmtpServer.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
