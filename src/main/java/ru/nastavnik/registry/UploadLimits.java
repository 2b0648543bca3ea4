package ru.nastavnik.registry;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Bank files may be up to 100 MB (Spring's default is 1 MB). A property source has the lowest precedence,
 * so application.yaml (or the environment) can still set spring.servlet.multipart.* differently.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:registry/upload-limits.properties")
class UploadLimits {
}
