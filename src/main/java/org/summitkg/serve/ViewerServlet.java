package org.summitkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the graph viewer at {@code /viewer/}: its page and script from the jar, and Cytoscape.js
 * from its Maven Central webjar. Nothing else is reachable through it.
 */
final class ViewerServlet extends HttpServlet {
    /** The Cytoscape.js webjar version on the classpath. */
    static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    private static final Map<String, String[]> FILES = Map.of(
            "", new String[] {"org/summitkg/viewer/index.html", "text/html; charset=utf-8"},
            "/", new String[] {"org/summitkg/viewer/index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"org/summitkg/viewer/index.html", "text/html; charset=utf-8"},
            "/viewer.js", new String[] {"org/summitkg/viewer/viewer.js", "text/javascript; charset=utf-8"},
            "/cytoscape.min.js", new String[] {CYTOSCAPE, "text/javascript; charset=utf-8"});

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty()) {
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        String[] file = FILES.get(path);
        try (InputStream in = file == null ? null : ViewerServlet.class.getClassLoader().getResourceAsStream(file[0])) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such viewer file: " + path);
                return;
            }
            response.setContentType(file[1]);
            in.transferTo(response.getOutputStream());
        }
    }
}
