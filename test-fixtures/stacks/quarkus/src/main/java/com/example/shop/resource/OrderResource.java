package com.example.shop.resource;

import com.example.shop.entity.ShopOrder;
import com.example.shop.service.CheckoutService;
import com.example.shop.service.CustomerService;
import com.example.shop.service.OrderService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

@Path("/orders")
@ApplicationScoped
public class OrderResource {

    @Inject
    CheckoutService checkout;

    @Inject
    OrderService orders;

    @Inject
    CustomerService customers;

    @POST
    public ShopOrder place(@QueryParam("customer") Long customerId, @QueryParam("coupon") String coupon, Map<Long, Integer> quantities) {
        return checkout.placeOrder(customerId, quantities, coupon);
    }

    @POST
    @Path("{id}/pay")
    public ShopOrder pay(@PathParam("id") Long id) {
        return orders.markPaid(id);
    }

    @POST
    @Path("{id}/cancel")
    public void cancel(@PathParam("id") Long id) {
        orders.cancelAndRestock(id);
    }

    @POST
    @Path("/customers")
    public Long signUp(@QueryParam("email") String email, @QueryParam("name") String name) {
        return customers.register(email, name).id;
    }
}
