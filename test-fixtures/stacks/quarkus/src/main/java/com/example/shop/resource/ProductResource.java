package com.example.shop.resource;

import com.example.shop.entity.Category;
import com.example.shop.entity.Product;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/products")
@ApplicationScoped
public class ProductResource {

    @GET
    public List<Product> list() {
        return Product.listAll(Sort.by("name"));
    }

    /** The sku is unique in the mapping: a concurrent duplicate fails at the insert. */
    @POST
    @Transactional
    public Response create(Product product) {
        if (Product.count("sku", product.sku) > 0) {
            throw new WebApplicationException("sku exists", 409);
        }
        product.persist();
        return Response.status(Response.Status.CREATED).entity(product).build();
    }

    @POST
    @Path("/categories")
    @Transactional
    public Category category(String name) {
        Category category = Category.find("name", name).firstResult();
        if (category == null) {
            category = new Category();
            category.name = name;
            category.persist();
        }
        return category;
    }
}
