package ru.nastavnik.enginerest;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link EngineRestDoors} and {@link EngineRestRefusals} in both engine REST APIs: /engine-rest, and the web applications' own (Tasklist's). */
@Configuration(proxyBeanMethods = false)
class EngineRestDoorsRegistration {

    /** The servlet name under which the Camunda webapp starter registers its engine API (it skips a name taken). */
    static final String WEBAPP_ENGINE_API = "Engine Api";

    @Bean
    ResourceConfigCustomizer engineRestDoors() {
        return config -> {
            config.register(EngineRestDoors.class);
            EngineRestRefusals.ALL.forEach(config::register);
        };
    }

    @Bean
    WebappEngineApi webappEngineApiWithDoors(CamundaBpmProperties camunda) {
        return new WebappEngineApi(camunda.getWebapp().getApplicationPath());
    }

    /**
     * The starter registers the webapps' engine API only when no servlet of that name exists, and offers no other way
     * to add a provider: registered here first, the same way, with the doors as a provider.
     */
    record WebappEngineApi(String applicationPath) implements ServletContextInitializer, Ordered {

        @Override
        public void onStartup(ServletContext servletContext) {
            ServletRegistration.Dynamic servlet = servletContext.addServlet(WEBAPP_ENGINE_API, ServletContainer.class);
            servlet.addMapping(applicationPath + "/api/engine/*");
            servlet.setInitParameters(Map.of(
                    ServletProperties.JAXRS_APPLICATION_CLASS, EngineRestApplication.class.getName(),
                    ServerProperties.PROVIDER_CLASSNAMES, Stream.concat(Stream.of(EngineRestDoors.class), EngineRestRefusals.ALL.stream())
                            .map(Class::getName).collect(Collectors.joining(","))));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE; // before the starter's CamundaBpmWebappInitializer (unordered: last)
        }
    }
}
