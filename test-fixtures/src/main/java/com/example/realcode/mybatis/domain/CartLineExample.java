package com.example.realcode.mybatis.domain;

import java.util.ArrayList;
import java.util.List;

/** MyBatis Generator's query-by-example criteria (the *Example classes of litemall's db module), reduced. */
public class CartLineExample {
    private final List<Criteria> oredCriteria = new ArrayList<>();

    public Criteria or() {
        Criteria criteria = new Criteria();
        oredCriteria.add(criteria);
        return criteria;
    }

    public List<Criteria> getOredCriteria() {
        return oredCriteria;
    }

    public static class Criteria {
        private final List<String> conditions = new ArrayList<>();

        public Criteria andUserIdEqualTo(Integer value) {
            conditions.add("user_id = " + value);
            return this;
        }

        public Criteria andProductIdEqualTo(Integer value) {
            conditions.add("product_id = " + value);
            return this;
        }

        public List<String> getConditions() {
            return conditions;
        }
    }
}
