package org.summitkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.summitkg.SummitKgException;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the graph viewer at {@code /viewer/}: its page and script from the jar, and Cytoscape.js
 * with its fCoSE layout from their Maven Central webjars (found by the webjars locator, so a
 * version bump in the pom is all it takes). Nothing else is reachable through it.
 */
final class ViewerServlet extends HttpServlet {
    private static final String JS = "text/javascript; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private final Map<String, String[]> files = new HashMap<>();

    ViewerServlet() {
        String page = "org/summitkg/viewer/index.html";
        files.put("/", new String[] {page, HTML});
        files.put("/index.html", new String[] {page, HTML});
        files.put("/viewer.js", new String[] {"org/summitkg/viewer/viewer.js", JS});
        files.put("/viewer.css", new String[] {"org/summitkg/viewer/viewer.css", "text/css; charset=utf-8"});
        WebJarVersionLocator webjars = new WebJarVersionLocator();
        webjar(webjars, "cytoscape", "dist/cytoscape.min.js");
        webjar(webjars, "layout-base", "layout-base.js");
        webjar(webjars, "cose-base", "cose-base.js");
        webjar(webjars, "cytoscape-fcose", "cytoscape-fcose.js");
    }

    private void webjar(WebJarVersionLocator webjars, String name, String file) {
        String path = webjars.fullPath(name, file);
        if (path == null) {
            throw new SummitKgException("the " + name + " webjar is missing from the classpath (" + file + ")");
        }
        files.put("/" + file.substring(file.lastIndexOf('/') + 1), new String[] {path, JS});
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty()) {
            response.sendRedirect(request.getRequestURI() + "/");
            return;
        }
        String[] file = files.get(path);
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
