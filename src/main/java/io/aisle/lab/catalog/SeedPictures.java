package io.aisle.lab.catalog;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The pictures of a generated catalog: a few per category, drawn here (a gradient and shapes in the category's
 * hue, 800 px square), uploaded once and shared by every product of the category, so 100,000 products cost a
 * few dozen picture files, not 100,000.
 */
final class SeedPictures {

    static final int PER_CATEGORY = 3;
    private static final int SIZE = 800;

    private SeedPictures() {
    }

    /** Picture {@code k} (0 to {@link #PER_CATEGORY} - 1) of category number {@code category}, as PNG bytes. */
    static byte[] draw(int category, int k) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = category / 10f + k * 0.03f;
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 0.95f), SIZE, SIZE,
                    Color.getHSBColor(hue, 0.6f, 0.7f)));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(Color.getHSBColor(hue + 0.5f, 0.4f, 0.9f));
            int d = 300 + 80 * k;
            g.fillOval((SIZE - d) / 2, (SIZE - d) / 2, d, d);
            g.setColor(Color.getHSBColor(hue, 0.8f, 0.4f));
            g.fillRoundRect(SIZE / 2 - 60 - 40 * k, SIZE / 2 - 60, 120 + 80 * k, 120, 30, 30);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
