package org.hubcycle.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The only static files Hubcycle serves from folders: its own CSS, JavaScript, icons and robots.txt, and GOV.UK
 * Frontend's images ({@link GovukAssets} serves its stylesheet and script). Spring Boot's default mappings are off ({@code spring.web.resources.add-mappings=false})
 * so nothing else in a WebJar, such as the GDS Transport font files, has an address.
 */
@Configuration(proxyBeanMethods = false)
class WebAssetsConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl hour = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
        String govuk = "classpath:/" + GovukAssets.distPath();
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations(govuk + "assets/images/")
                .setCacheControl(hour);
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(hour);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(hour);
        registry.addResourceHandler("/favicon.svg", "/favicon.ico", "/robots.txt")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(hour);
    }
}
