"""Demo content, built in code by the ``ledelsesugen_demo`` command.

``builder`` holds ``DemoBuilder``, which creates it all; the command only
reads its arguments, calls the builder and reports. ``events`` holds the
snippets and the coming week's programme; the other modules each add one
section of the site with a ``build(builder)`` function. All of that is
Danish. ``english`` holds the English wording of every item, and
``translation`` makes the English versions from it with wagtail-localize.
Nothing the app imports at run time imports this package.
"""
