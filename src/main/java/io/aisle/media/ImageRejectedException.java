package io.aisle.media;

import io.aisle.platform.AisleException;

/**
 * An upload that is not a picture the shop keeps: not an image at all (415), too many bytes (413), too many
 * pixels (422), or a damaged or truncated image (422). Nothing was stored.
 */
public class ImageRejectedException extends AisleException {

    private ImageRejectedException(int status, String title, String detail) {
        super(status, title, detail);
    }

    public static ImageRejectedException notAnImage() {
        return new ImageRejectedException(415, "Not an image",
                "The file is not a JPEG, PNG, GIF or BMP image (it was checked by reading it, not by its name).");
    }

    public static ImageRejectedException tooManyBytes(long maxBytes) {
        return new ImageRejectedException(413, "Image too large",
                "The file is larger than " + maxBytes / 1024 + " KiB.");
    }

    public static ImageRejectedException tooManyPixels(long width, long height, long maxPixels) {
        return new ImageRejectedException(422, "Image has too many pixels",
                "The image is " + width + " x " + height + " px; at most " + maxPixels + " pixels are accepted.");
    }

    public static ImageRejectedException damaged() {
        return new ImageRejectedException(422, "Damaged image",
                "The image cannot be read to its end: the file is damaged or truncated.");
    }

    public static ImageRejectedException notFetched(String why) {
        return new ImageRejectedException(422, "Image not fetched", "The image could not be downloaded: " + why);
    }
}
