package vn.neuguong.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Vietnamese first; {@code ?lang=en} switches to English and a cookie remembers the choice. Only the languages the
 * application speaks are accepted: any other {@code lang} is ignored. API callers without the cookie get the
 * language of their {@code Accept-Language} header when it is one of them; pages stay Vietnamese by default.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final List<Locale> LANGUAGES = List.of(VIETNAMESE, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("NG_LANG");
        resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** In place of Spring Boot's resource URL filter, which it backs off for: see {@link WebJarUrls}. */
    @Bean
    WebJarUrls webJarUrls() {
        return new WebJarUrls();
    }

    @Bean
    JsonMapperBuilderCustomizer nulFreeJsonStrings() {
        return InputGuard.jsonStrings();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new InputGuard());
        registry.addInterceptor(new LanguageSwitch());
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Accept-Language") != null) {
            try {
                Locale wanted =
                        Locale.lookup(Locale.LanguageRange.parse(request.getHeader("Accept-Language")), LANGUAGES);
                if (wanted != null) {
                    return wanted;
                }
            } catch (IllegalArgumentException malformedHeader) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }

    /** {@code ?lang=vi} or {@code ?lang=en} on any request; anything else is ignored, never parsed or echoed. */
    private static final class LanguageSwitch implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            if (lang == null) {
                return true;
            }
            LANGUAGES.stream()
                    .filter(language -> language.getLanguage().equalsIgnoreCase(lang.strip()))
                    .findFirst()
                    .ifPresent(language ->
                            RequestContextUtils.getLocaleResolver(request).setLocale(request, response, language));
            return true;
        }
    }
}
