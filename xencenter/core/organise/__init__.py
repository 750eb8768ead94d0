"""XenCenter's organisation data (folders, tags, custom fields, saved searches), read and written as XenCenter does.

`formats` holds the keys and encodings, `saved_search` parses and runs saved searches, `views` builds the navigation
trees of the organisation modes. No widgets and no I/O here: commands do the writing.
"""
