package io.aisle.admin.products;

import io.aisle.media.ImageRejectedException;
import io.aisle.media.ProductImage;
import io.aisle.media.ProductMedia;
import io.aisle.platform.AisleException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pictures part of a product's edit page: each form posts here and comes back to the page, with what
 * was done, or why a file was refused, on top.
 */
@Controller
class ProductPicturesPageController {

    private static final String BACK = "redirect:/admin/products/{id}/edit#pictures";

    private final ProductMedia media;

    ProductPicturesPageController(ProductMedia media) {
        this.media = media;
    }

    @PostMapping("/admin/products/{id}/images")
    String upload(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String alt, RedirectAttributes redirect) throws IOException {
        List<String> refused = new ArrayList<>();
        int stored = 0;
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            try {
                media.upload(id, null, file.getOriginalFilename(), file.getBytes(), alt);
                stored++;
            } catch (ImageRejectedException rejected) {
                refused.add(file.getOriginalFilename() + ": " + rejected.detail());
            }
        }
        if (stored > 0) {
            redirect.addFlashAttribute("message", stored == 1 ? "Uploaded 1 picture." : "Uploaded " + stored + " pictures.");
        }
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("error", "Not uploaded: " + String.join(" ", refused));
        } else if (stored == 0) {
            redirect.addFlashAttribute("error", "Choose one or more pictures to upload.");
        }
        return BACK;
    }

    @PostMapping("/admin/products/{id}/images/{imageId}/alt")
    String describe(@PathVariable long id, @PathVariable long imageId, @RequestParam(defaultValue = "") String alt,
            RedirectAttributes redirect) {
        try {
            media.describe(id, imageId, alt);
            redirect.addFlashAttribute("message", "Saved the picture's alt text.");
        } catch (AisleException refused) {
            redirect.addFlashAttribute("error", refused.detail());
        }
        return BACK;
    }

    /** Moves the picture to position {@code to} (1 is first); the others keep their order around it. */
    @PostMapping("/admin/products/{id}/images/{imageId}/move")
    String move(@PathVariable long id, @PathVariable long imageId, @RequestParam int to, RedirectAttributes redirect) {
        List<Long> order = new ArrayList<>(media.of(id).stream().map(ProductImage::id).toList());
        if (order.remove(imageId)) {
            order.add(Math.max(0, Math.min(order.size(), to - 1)), imageId);
            media.reorder(id, order);
            redirect.addFlashAttribute("message", "Moved the picture.");
        }
        return BACK;
    }

    @PostMapping("/admin/products/{id}/images/{imageId}/delete")
    String delete(@PathVariable long id, @PathVariable long imageId, RedirectAttributes redirect) {
        media.delete(id, imageId);
        redirect.addFlashAttribute("message", "Deleted the picture.");
        return BACK;
    }
}
