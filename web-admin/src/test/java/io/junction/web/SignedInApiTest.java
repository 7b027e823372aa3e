package io.junction.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The given of tests through the REST API: the application on a random port, and an admin ({@link #admin}), a
 * clerk ({@link #clerk}) and a packer ({@link #packer}) with passwords. A subclass's own {@code @BeforeEach} runs after this one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SignedInApiTest {

    @LocalServerPort
    protected int port;

    protected ApiClient admin;
    protected ApiClient clerk;
    protected ApiClient packer;

    @BeforeEach
    void anAdminAClerkAndAPacker() {
        admin = ApiClient.admin(port);
        clerk = ApiClient.clerk(port);
        packer = ApiClient.packer(port);
    }
}
