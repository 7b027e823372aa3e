package io.junction.web.user;

import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.web.page.NotFoundPage;
import io.junction.web.security.Role;
import java.security.Principal;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Users page, for admins: every user with their role, shops and state; a form to add one; and
 * per user a form to change name, role and shops, reset the password, disable or enable. Forms post
 * here with the session and CSRF token; a refusal shows every reason beside the form, nothing changed.
 */
@Controller
@NotFoundPage
@RequestMapping("/users")
public class UserPageController {

    private final UserAdministration users;
    private final ShopService shops;

    public UserPageController(UserAdministration users, ShopService shops) {
        this.users = users;
        this.shops = shops;
    }

    /** What the add and edit forms hold between a refusal and the next try; never a password. */
    public record UserForm(String username, String role, List<Long> shopIds) {
        static UserForm empty() {
            return new UserForm("", Role.CLERK.name(), List.of());
        }

        static UserForm of(UserView user) {
            return new UserForm(user.username(), user.role().name(), user.shopIds());
        }

        public boolean grants(long shopId) {
            return shopIds != null && shopIds.contains(shopId);
        }
    }

    @GetMapping
    public String list(Model model) {
        listModel(model, UserForm.empty(), null);
        return "users/list";
    }

    @PostMapping
    public String add(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String role,
            @RequestParam(name = "shopId", required = false) List<Long> shopIds,
            Principal admin,
            Model model,
            RedirectAttributes flash) {
        try {
            UserView user = users.add(new UserChange(username, password, role, shopIds), admin.getName());
            flash.addFlashAttribute("added", user.username());
            return "redirect:/users";
        } catch (UserRefusedException e) {
            listModel(model, new UserForm(username, role, shopIds), e.problems());
            return "users/list";
        }
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        UserView user = users.get(id);
        editModel(model, user, UserForm.of(user), null);
        return "users/edit";
    }

    @PostMapping("/{id}")
    public String update(
            @PathVariable long id,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String role,
            @RequestParam(name = "shopId", required = false) List<Long> shopIds,
            Principal admin,
            Model model,
            RedirectAttributes flash) {
        String newPassword = password == null || password.isEmpty() ? null : password;
        try {
            UserView user = users.update(id, new UserChange(username, newPassword, role, shopIds), admin.getName());
            flash.addFlashAttribute("saved", user.username());
            return "redirect:/users";
        } catch (UserRefusedException e) {
            editModel(model, users.get(id), new UserForm(username, role, shopIds), e.problems());
            return "users/edit";
        }
    }

    @PostMapping("/{id}/disable")
    public String disable(@PathVariable long id, Principal admin, RedirectAttributes flash) {
        try {
            users.disable(id, admin.getName());
        } catch (UserRefusedException e) {
            flash.addFlashAttribute("refused", e.problems());
        }
        return "redirect:/users";
    }

    @PostMapping("/{id}/enable")
    public String enable(@PathVariable long id, Principal admin) {
        users.enable(id, admin.getName());
        return "redirect:/users";
    }

    private void listModel(Model model, UserForm form, List<UserRefusedException.Problem> problems) {
        model.addAttribute("users", users.all());
        model.addAttribute("form", form);
        commonModel(model, problems);
    }

    private void editModel(Model model, UserView user, UserForm form, List<UserRefusedException.Problem> problems) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        commonModel(model, problems);
    }

    private void commonModel(Model model, List<UserRefusedException.Problem> problems) {
        List<Shop> all = shops.all();
        model.addAttribute("shops", all);
        model.addAttribute("shopNames", all.stream().collect(Collectors.toMap(Shop::id, Shop::name)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("problems", problems);
    }
}
