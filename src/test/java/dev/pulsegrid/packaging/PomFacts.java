package dev.pulsegrid.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The few pom.xml facts the installers must agree with, read from the pom itself. */
public record PomFacts(String version, String description, String mainClass, String shadedJarName) {

    public static PomFacts load() throws Exception {
        return parse(Path.of("pom.xml"));
    }

    static PomFacts parse(Path pom) throws Exception {
        Document doc;
        try (var in = Files.newInputStream(pom)) {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Element project = doc.getDocumentElement();
        Element properties = child(project, "properties");
        return new PomFacts(
                text(child(project, "version")),
                text(child(project, "description")),
                text(child(properties, "main.class")),
                shadeFinalName(project) + ".jar");
    }

    private static String shadeFinalName(Element project) {
        NodeList plugins = project.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if ("maven-shade-plugin".equals(text(child(plugin, "artifactId")))) {
                NodeList names = plugin.getElementsByTagName("finalName");
                if (names.getLength() == 1) {
                    return text((Element) names.item(0));
                }
            }
        }
        throw new IllegalStateException("pom.xml: maven-shade-plugin with one <finalName> not found");
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new IllegalStateException("pom.xml: <" + parent.getTagName() + "> has no <" + name + ">");
    }

    private static String text(Element e) {
        return e.getTextContent().trim();
    }
}
