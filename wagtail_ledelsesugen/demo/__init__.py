"""Danish demo content, built in code by the ``ledelsesugen_demo`` command.

``events`` holds the snippets and the coming week's programme; the other
modules each add one section of the site with a ``build(builder)`` function.
"""
