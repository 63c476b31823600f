'use strict';
// The document schema of a MongoDB service rule: the JSON Schema subset the real service's rules
// use (bsonType or type, properties, required, items, enum, minimum, maximum, minLength,
// maxLength, pattern, additionalProperties: false). validate() answers the first problem found,
// with its path, or null.

const { ObjectId, Decimal128, Binary, Long, Timestamp } = require('bson');

function bsonTypeOf(v)
{
    if (v === null)
        return ['null'];
    if (Array.isArray(v))
        return ['array'];
    if (v instanceof Date)
        return ['date'];
    if (v instanceof ObjectId)
        return ['objectId'];
    if (v instanceof Decimal128)
        return ['decimal', 'number'];
    if (v instanceof Binary)
        return ['binData'];
    if (v instanceof Long)
        return ['long', 'number'];
    if (v instanceof Timestamp)
        return ['timestamp'];
    if (v instanceof RegExp)
        return ['regex'];
    switch (typeof v) {
    case 'string': return ['string'];
    case 'boolean': return ['bool', 'boolean'];
    case 'number': return Number.isInteger(v) ? ['int', 'long', 'double', 'number', 'integer']
                                              : ['double', 'number'];
    case 'object': return ['object'];
    }
    return ['undefined'];
}

function validate(schema, value, path = '')
{
    const where = path || 'the document';
    const wanted = schema.bsonType !== undefined ? schema.bsonType : schema.type;
    if (wanted !== undefined) {
        const types = Array.isArray(wanted) ? wanted : [wanted];
        const actual = bsonTypeOf(value);
        if (!types.some((t) => actual.includes(t)))
            return `${where} must be of type ${types.join(' or ')}`;
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
        return `${where} must be one of ${JSON.stringify(schema.enum)}`;
    if (typeof value === 'number') {
        if (typeof schema.minimum === 'number' && value < schema.minimum)
            return `${where} must be at least ${schema.minimum}`;
        if (typeof schema.maximum === 'number' && value > schema.maximum)
            return `${where} must be at most ${schema.maximum}`;
    }
    if (typeof value === 'string') {
        if (typeof schema.minLength === 'number' && value.length < schema.minLength)
            return `${where} must have at least ${schema.minLength} characters`;
        if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
            return `${where} must have at most ${schema.maxLength} characters`;
        if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value))
            return `${where} must match /${schema.pattern}/`;
    }
    if (Array.isArray(value) && schema.items && typeof schema.items === 'object') {
        for (let i = 0; i < value.length; ++i) {
            const problem = validate(schema.items, value[i], `${path}[${i}]`);
            if (problem)
                return problem;
        }
    }
    if (value !== null && typeof value === 'object' && bsonTypeOf(value)[0] === 'object') {
        for (const key of schema.required || []) {
            if (!(key in value))
                return `${path ? path + '.' : ''}${key} is required`;
        }
        const properties = schema.properties || {};
        for (const [key, sub] of Object.entries(properties)) {
            if (key in value) {
                const problem = validate(sub, value[key], path ? `${path}.${key}` : key);
                if (problem)
                    return problem;
            }
        }
        if (schema.additionalProperties === false) {
            const extra = Object.keys(value).find((k) => k !== '_id' && !(k in properties));
            if (extra)
                return `${path ? path + '.' : ''}${extra} is not allowed by the schema`;
        }
    }
    return null;
}

module.exports = { validate };
