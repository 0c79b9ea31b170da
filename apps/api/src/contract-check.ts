import {
  astFromValue,
  isNonNullType,
  isSpecifiedScalarType,
  print,
  type GraphQLArgument,
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLScalarType,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

const printDefault = (arg: { defaultValue?: unknown; type: GraphQLInputType }) => {
  if (arg.defaultValue === undefined) {
    return 'none';
  }
  const ast = astFromValue(arg.defaultValue, arg.type);
  return ast ? print(ast) : 'none';
};

function compareArgs(
  where: string,
  expected: readonly GraphQLArgument[],
  actual: readonly GraphQLArgument[],
): string[] {
  const problems: string[] = [];
  for (const arg of expected) {
    const ours = actual.find((candidate) => candidate.name === arg.name);
    if (!ours) {
      problems.push(`${where}(${arg.name}): missing argument`);
    } else if (String(ours.type) !== String(arg.type) || printDefault(ours) !== printDefault(arg)) {
      problems.push(
        `${where}(${arg.name}): ${String(ours.type)} = ${printDefault(ours)}, contract says ${String(arg.type)} = ${printDefault(arg)}`,
      );
    }
  }
  for (const arg of actual) {
    if (
      !expected.some((candidate) => candidate.name === arg.name) &&
      isNonNullType(arg.type) &&
      arg.defaultValue === undefined
    ) {
      problems.push(`${where}(${arg.name}): an extra argument must be optional`);
    }
  }
  return problems;
}

/** The type's class name; `instanceof` is not used, as the contract may be parsed by another graphql copy. */
const kindOf = (type: GraphQLNamedType) => Object.prototype.toString.call(type).slice(8, -1);

function compareType(expected: GraphQLNamedType, actual: GraphQLNamedType | undefined): string[] {
  const name = expected.name;
  if (!actual) {
    return [`${name}: missing type`];
  }
  if (kindOf(actual) !== kindOf(expected)) {
    return [`${name}: is a ${kindOf(actual)}, contract says ${kindOf(expected)}`];
  }
  if (kindOf(expected) === 'GraphQLEnumType') {
    const values = new Set((actual as GraphQLEnumType).getValues().map((value) => value.name));
    return (expected as GraphQLEnumType)
      .getValues()
      .filter((value) => !values.has(value.name))
      .map((value) => `${name}.${value.name}: missing enum value`);
  }
  if (kindOf(expected) === 'GraphQLObjectType' || kindOf(expected) === 'GraphQLInputObjectType') {
    const ours = (actual as GraphQLObjectType | GraphQLInputObjectType).getFields();
    const problems: string[] = [];
    const fields = (expected as GraphQLObjectType | GraphQLInputObjectType).getFields();
    for (const field of Object.values(fields)) {
      const mine = ours[field.name];
      if (!mine) {
        problems.push(`${name}.${field.name}: missing field`);
        continue;
      }
      if (String(mine.type) !== String(field.type)) {
        problems.push(`${name}.${field.name}: ${String(mine.type)}, contract says ${String(field.type)}`);
      }
      if ('args' in field && 'args' in mine) {
        problems.push(...compareArgs(`${name}.${field.name}`, field.args, mine.args));
      }
    }
    if (kindOf(expected) === 'GraphQLInputObjectType') {
      for (const field of Object.values(ours)) {
        if (!fields[field.name] && isNonNullType(field.type)) {
          problems.push(`${name}.${field.name}: an extra input field must be optional`);
        }
      }
    }
    return problems;
  }
  return [];
}

/** Every way the schema falls short of the contract: missing types, fields, arguments, enum values. */
export function contractProblems(contract: GraphQLSchema, schema: GraphQLSchema): string[] {
  return Object.values(contract.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type as GraphQLScalarType))
    .flatMap((type) => compareType(type, schema.getType(type.name)));
}
