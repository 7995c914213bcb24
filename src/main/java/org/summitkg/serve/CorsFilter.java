package org.summitkg.serve;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for the read-only endpoints, so browser tools on other origins (YASGUI, Sparnatural, a
 * notebook, a D3 page) can query them: Fuseki's own cross-origin filter, configured in code.
 * Simple and preflighted GET/POST from the given origins ({@code *}: any); no credentials, so it
 * never opens the password-protected write endpoints, which get no filter at all.
 */
final class CorsFilter extends CrossOriginFilter {
    private final Map<String, String> parameters;

    CorsFilter(List<String> origins) {
        this.parameters = Map.of(
                ALLOWED_ORIGINS_PARAM, String.join(",", origins),
                ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
                ALLOWED_HEADERS_PARAM, "Accept,Content-Type,Origin,X-Requested-With",
                ALLOW_CREDENTIALS_PARAM, "false",
                PREFLIGHT_MAX_AGE_PARAM, "1800");
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "summit-kg CORS";
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return parameters.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }
        });
    }
}
