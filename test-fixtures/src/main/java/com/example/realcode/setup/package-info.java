/**
 * Set-up however it is reached (issue 17, cause 4): constructors and what only they call,
 * {@code @PostConstruct} reached through {@code super.init()}, static factories a {@code @Bean}
 * method calls, bean property setters that configuration calls, startup runners, and
 * {@code @ServerEndpoint} classes (one instance per connection). Each safe shape sits next to the
 * racy one that must stay reported. Shapes follow real applications named in each class.
 */
package com.example.realcode.setup;
